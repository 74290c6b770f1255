// libxml2's HTML parser and tree, from Debian's libxml2-dev.
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#include <libxml/parser.h>
