// swift-tools-version:6.0
import PackageDescription

// Module layout (dependency order):
//   CICU       system library: pkg-config flags and link lines for system ICU, nothing else
//   CICUShims  C: the only code that includes <unicode/*.h>; its public header is ICU-free
//   ICUText    Swift over the shim: segmentation, charset detection, normalisation, locale data
//   CSHA256    C: SHA-256 blocks with the processor's SHA instructions, when it has them
//   CAllocator C: the C allocator's settings (keep freed memory for the next document)
//   Gazette    the library: documents, stages, languages, pipeline, output
//   ingest     the command-line tool
let package = Package(
    name: "Gazette",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "Gazette", targets: ["Gazette"]),
        .executable(name: "ingest", targets: ["ingest"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CICU",
            pkgConfig: "icu-uc icu-i18n",
            providers: [.apt(["libicu-dev", "pkg-config"])]
        ),
        .target(name: "CICUShims", dependencies: ["CICU"]),
        .target(name: "ICUText", dependencies: ["CICUShims"]),
        .target(name: "CSHA256"),
        .target(name: "CAllocator"),
        .target(
            name: "Gazette",
            dependencies: [
                "ICUText",
                "CSHA256",
                "CAllocator",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .executableTarget(
            name: "ingest",
            dependencies: [
                "Gazette",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(name: "gazette-bench", dependencies: ["Gazette"]),
        // Times the timex stage alone (docs/benchmarks-dates.md).
        .executableTarget(name: "timex-bench", dependencies: ["Gazette"]),
        .testTarget(name: "ICUTextTests", dependencies: ["ICUText"]),
        .testTarget(name: "GazetteTests", dependencies: ["Gazette"], exclude: ["Languages/Fixtures"]),
        .testTarget(name: "IngestTests", dependencies: ["ingest"]),
    ]
)

// libFuzzer targets (Fuzz/), only when GAZETTE_FUZZ=1: they link only with `-sanitize=fuzzer`
// (libFuzzer's driver). Built and run by scripts/fuzz.sh in its own build folder (.build-fuzz);
// never part of `swift build` or `swift test`.
if Context.environment["GAZETTE_FUZZ"] == "1" {
    package.targets.append(.executableTarget(name: "gazette-fuzz", dependencies: ["Gazette", "ICUText"], path: "Fuzz/gazette-fuzz"))
}
