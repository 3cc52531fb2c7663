#ifndef NEWSREADER_CLIBXML2_SHIM_H
#define NEWSREADER_CLIBXML2_SHIM_H
/* libxml2 built with ICU includes <unicode/ucnv.h>, whose UErrorCode clashes with the copy of
   ICU inside Foundation when one Swift module sees both. Only an opaque UConverter pointer is
   needed by libxml2's public structs (and UChar for a pivot buffer), so declare those and keep
   ICU's header out. */
#include <stdint.h>
#define UCNV_H 1
typedef struct UConverter UConverter;
typedef uint16_t UChar;
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#endif
