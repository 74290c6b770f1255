import ArgumentParser
import Foundation

/// `quotedrift config`: shows where the configuration file lives, or the default file.
struct ConfigCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "config",
    abstract: "Show the configuration file's path, or print the default configuration.",
    discussion:
      "Write the default to the file and edit it: quotedrift config --print-default > \"$(quotedrift config --path)\""
  )

  @Flag(help: "Print the default configuration, every setting and key binding.")
  var printDefault = false

  @Flag(help: "Print where the configuration file is looked for.")
  var path = false

  func run() throws {
    if printDefault {
      print(Configuration.defaultText, terminator: "")
    } else if path {
      print(Configuration.path)
    } else {
      do {
        _ = try Configuration.load()
        print(
          "\(Configuration.path): \(FileManager.default.fileExists(atPath: Configuration.path) ? "valid" : "not present, using the defaults")"
        )
      } catch {
        Diagnostics.error(error.description)
        throw ExitCode(2)
      }
    }
  }
}
