#if canImport(Glibc)
import Glibc
#endif

// SwiftPM gives an executable its own entry point, so libFuzzer's `main` is not used:
// run its driver with our command line instead (same flags: -max_total_time, -runs, …).

@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(_ argc: UnsafeMutablePointer<CInt>,
                     _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
                     _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

var argc = CommandLine.argc
var argv = CommandLine.unsafeArgv
exit(runFuzzerDriver(&argc, &argv) { data, size in fuzzerTestOneInput(data, size) })
