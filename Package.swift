// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "quotedrift",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "quotedrift", targets: ["quotedrift"]),
    .library(name: "QuotedriftEngine", targets: ["QuotedriftEngine"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
  ],
  targets: [
    .systemLibrary(name: "CPrefetch", path: "Sources/CPrefetch"),
    .systemLibrary(name: "CStemmer", path: "Sources/CStemmer"),
    .systemLibrary(
      name: "CXML2", path: "Sources/CXML2", pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev"])]),
    .systemLibrary(
      name: "CZlib", path: "Sources/CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
    .target(
      name: "CNCurses",
      cSettings: [
        .define("NCURSES_WIDECHAR", to: "1"), .define("_XOPEN_SOURCE_EXTENDED", to: "1"),
      ],
      linkerSettings: [.linkedLibrary("ncursesw")]
    ),
    .target(name: "TerminalSafety"),
    .target(
      name: "QuotedriftEngine",
      dependencies: [
        "CPrefetch", "CStemmer", "CXML2", "CZlib", "TerminalSafety",
        .product(name: "Yams", package: "Yams"),
      ]
    ),
    .target(
      name: "QuotedriftCache",
      dependencies: ["QuotedriftEngine", .product(name: "GRDB", package: "GRDB.swift")]),
    .target(name: "QuotedriftTerminal", dependencies: ["TerminalSafety"]),
    .target(name: "QuotedriftNCurses", dependencies: ["CNCurses", "QuotedriftTerminal"]),
    .target(
      name: "QuotedriftReader",
      dependencies: ["QuotedriftCache", "QuotedriftEngine", "QuotedriftTerminal", "TerminalSafety"]),
    .executableTarget(
      name: "quotedrift",
      dependencies: [
        "QuotedriftCache", "QuotedriftEngine", "QuotedriftReader", "QuotedriftNCurses",
        "QuotedriftTerminal",
        "TerminalSafety", .product(name: "ArgumentParser", package: "swift-argument-parser"),
        .product(name: "TOMLKit", package: "TOMLKit"),
      ]
    ),
    .executableTarget(
      name: "quotedrift-bench",
      dependencies: [
        "QuotedriftCache", "QuotedriftEngine", "QuotedriftReader", "QuotedriftTerminal",
      ]
    ),
    .testTarget(
      name: "QuotedriftEngineTests",
      dependencies: ["QuotedriftCache", "QuotedriftEngine", "TerminalSafety"]
    ),
    .testTarget(
      name: "QuotedriftTerminalTests",
      dependencies: ["QuotedriftTerminal"]
    ),
    .testTarget(
      name: "QuotedriftReaderTests",
      dependencies: ["QuotedriftReader", "QuotedriftEngine", "QuotedriftTerminal"],
      exclude: ["Fixtures", "Snapshots"]
    ),
  ]
)

// Fuzz targets (Fuzz/): built only by `make fuzz`, which sets QUOTEDRIFT_FUZZ and builds them with
// -sanitize=fuzzer and -parse-as-library in a build folder of their own.
if Context.environment["QUOTEDRIFT_FUZZ"] != nil {
  let fuzzTargets: [(String, [Target.Dependency])] = [
    ("FuzzLoader", ["QuotedriftEngine"]),
    ("FuzzHTML", ["QuotedriftEngine"]),
    ("FuzzSplitter", ["QuotedriftEngine"]),
    ("FuzzMatcher", ["QuotedriftEngine"]),
    ("FuzzRender", ["QuotedriftEngine", "QuotedriftReader", "QuotedriftTerminal"]),
  ]
  package.targets.append(.target(name: "CLibFuzzer", path: "Fuzz/Sources/CLibFuzzer"))
  for (name, dependencies) in fuzzTargets {
    package.targets.append(
      .executableTarget(
        name: name, dependencies: dependencies + ["CLibFuzzer"], path: "Fuzz/Sources/\(name)"))
  }
}
