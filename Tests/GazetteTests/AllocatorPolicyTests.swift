import Testing
@testable import Gazette

@Suite struct AllocatorPolicyTests {
    /// glibc accepts both settings: a shim compiled without seeing glibc would silently refuse
    /// them (and every document would map its memory afresh).
    @Test func glibcTakesTheSettings() {
        #if canImport(Glibc)
        #expect(AllocatorPolicy.keepFreedMemory())
        #else
        #expect(!AllocatorPolicy.keepFreedMemory())
        #endif
    }
}
