// libFuzzer's driver, for fuzz targets whose `main` SwiftPM names after the target
// (`<Target>_main`): each fuzz target defines that function, and `LLVMFuzzerTestOneInput`, and
// hands over to libFuzzer with `quotedrift_fuzz_main`.
#ifndef CLIBFUZZER_H
#define CLIBFUZZER_H

// Runs libFuzzer's driver on the target's `LLVMFuzzerTestOneInput`.
int quotedrift_fuzz_main(int argc, char **argv);

#endif
