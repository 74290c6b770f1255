// libxml2's HTML parser and tree, from Debian's libxml2-dev.
#include <libxml/xmlversion.h>
// Debian builds libxml2 with ICU; its ICU headers clash with the copy Foundation carries, and
// nothing here uses libxml2's ICU converters (pages are decoded to UTF-8 before parsing).
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/parser.h>
