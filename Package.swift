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
  ],
  targets: [
    .systemLibrary(name: "CStemmer", path: "Sources/CStemmer"),
    .target(
      name: "QuotedriftEngine",
      dependencies: ["CStemmer", .product(name: "Yams", package: "Yams")]
    ),
    .executableTarget(
      name: "quotedrift",
      dependencies: [
        "QuotedriftEngine",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(name: "quotedrift-bench"),
    .testTarget(
      name: "QuotedriftEngineTests",
      dependencies: ["QuotedriftEngine"]
    ),
  ]
)
