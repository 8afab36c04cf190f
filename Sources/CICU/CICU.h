/* Carries only the compiler and linker flags of system ICU (pkg-config icu-uc icu-i18n).
 * It deliberately includes no ICU header: Foundation on Linux bundles its own ICU, and a
 * Swift module that sees both sets of headers fails to build. Only Sources/CICUShims/*.c
 * include <unicode/*.h>. */
