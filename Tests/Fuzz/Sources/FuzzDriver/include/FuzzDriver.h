#include <stddef.h>
#include <stdint.h>

/// Runs libFuzzer on this target's LLVMFuzzerTestOneInput with the command line given.
int quiz_fuzz_run(int argc, char **argv);
