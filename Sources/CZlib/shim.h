// zlib, from Debian's zlib1g-dev, for gzip-compressed saved pages.
#include <zlib.h>
