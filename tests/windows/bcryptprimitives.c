/* Test scaffolding only, never shipped: Wine 8 has no bcryptprimitives.dll, whose ProcessPrng
 * Rust's standard library imports on Windows for random numbers. This stand-in, built with
 * MinGW by .ci/run and put beside tpaudit.exe, answers ProcessPrng with advapi32's
 * SystemFunction036 (RtlGenRandom), which Wine has. Real Windows 10 and 11 have the DLL. */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length) {
    for (; length > 0x10000000; data += 0x10000000, length -= 0x10000000)
        if (!SystemFunction036(data, 0x10000000)) return FALSE;
    return SystemFunction036(data, (ULONG)length);
}
