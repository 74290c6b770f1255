import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Runs a command with its standard output sent to a file, and measures its wall time and peak
/// resident memory. The memory comes from GNU time (`/usr/bin/time -f %M`), which forks the
/// command itself: a process this one spawned directly would report this process's own peak as
/// its own whenever that is higher (Linux carries the spawner's high-water mark through
/// `posix_spawn`'s exec), and this process holds the corpora and outputs it has scored.
enum BenchRunner {
  struct Measurement {
    var seconds: Double
    var peakBytes: Int
    var status: Int32
  }

  /// Runs `command` with `environment` over this process's own, its output in `stdoutPath`.
  static func run(
    _ command: [String], stdoutPath: String, environment: [String: String] = [:]
  ) -> Measurement {
    let memoryPath = stdoutPath + ".peak"
    defer { unlink(memoryPath) }
    let arguments = ["/usr/bin/time", "-f", "%M", "-o", memoryPath] + command
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, stdoutPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv = arguments.map { strdup($0) } + [nil]
    defer { for argument in argv { free(argument) } }
    let variables = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    let envp = variables.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { for variable in envp { free(variable) } }
    var pid: pid_t = 0
    var start = timespec()
    clock_gettime(CLOCK_MONOTONIC, &start)
    guard posix_spawn(&pid, arguments[0], &actions, nil, argv, envp) == 0 else {
      return Measurement(seconds: 0, peakBytes: 0, status: -1)
    }
    var status: Int32 = 0
    waitpid(pid, &status, 0)
    var end = timespec()
    clock_gettime(CLOCK_MONOTONIC, &end)
    let seconds = Double(end.tv_sec - start.tv_sec) + Double(end.tv_nsec - start.tv_nsec) / 1e9
    let kilobytes =
      (try? String(contentsOfFile: memoryPath, encoding: .utf8))?
      .split(separator: "\n").last.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) } ?? 0
    return Measurement(seconds: seconds, peakBytes: kilobytes * 1024, status: status)
  }
}
