// SwiftPM links a debug executable with `main` renamed to `<module>_main` (so that tests can link the
// module); each fuzz target defines that function and hands over to libFuzzer's driver here.
#include "FuzzDriver.h"

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int quiz_fuzz_run(int argc, char **argv) {
    return LLVMFuzzerRunDriver(&argc, &argv, LLVMFuzzerTestOneInput);
}
