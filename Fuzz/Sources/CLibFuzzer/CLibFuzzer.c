// libFuzzer itself is linked by -sanitize=fuzzer; each fuzz target defines the test function in
// Swift with @_cdecl("LLVMFuzzerTestOneInput").
#include "CLibFuzzer.h"

#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*test)(const uint8_t *data, size_t size));
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

// The Swift entry points take a non-null pointer; an empty input may come without one.
static int test_one_input(const uint8_t *data, size_t size) {
  static const uint8_t empty = 0;
  return LLVMFuzzerTestOneInput(data ? data : &empty, size);
}

int quotedrift_fuzz_main(int argc, char **argv) {
  return LLVMFuzzerRunDriver(&argc, &argv, test_one_input);
}
