// libFuzzer's driver, for fuzz targets whose `main` SwiftPM names after the target
// (`<Target>_main`): each fuzz target defines that function and hands over to libFuzzer here.
#ifndef CLIBFUZZER_H
#define CLIBFUZZER_H

#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*test)(const uint8_t *data, size_t size));

#endif
