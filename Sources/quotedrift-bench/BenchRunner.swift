import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Runs a command with its standard output sent to a file, and measures its wall time and peak
/// resident memory (from `wait4`).
enum BenchRunner {
  struct Measurement {
    var seconds: Double
    var peakBytes: Int
    var status: Int32
  }

  static func run(_ arguments: [String], stdoutPath: String) -> Measurement {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, stdoutPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv = arguments.map { strdup($0) } + [nil]
    defer { for argument in argv { free(argument) } }
    var pid: pid_t = 0
    var start = timespec()
    clock_gettime(CLOCK_MONOTONIC, &start)
    guard posix_spawn(&pid, arguments[0], &actions, nil, argv, environ) == 0 else {
      return Measurement(seconds: 0, peakBytes: 0, status: -1)
    }
    var status: Int32 = 0
    var usage = rusage()
    wait4(pid, &status, 0, &usage)
    var end = timespec()
    clock_gettime(CLOCK_MONOTONIC, &end)
    let seconds = Double(end.tv_sec - start.tv_sec) + Double(end.tv_nsec - start.tv_nsec) / 1e9
    return Measurement(seconds: seconds, peakBytes: usage.ru_maxrss * 1024, status: status)
  }
}
