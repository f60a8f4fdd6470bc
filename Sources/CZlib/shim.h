// The system zlib (deflate and inflate for the .xlsx zip container; crc32). Linux: zlib1g-dev;
// Apple platforms ship it.
#ifndef TICEVAL_CZLIB_SHIM_H
#define TICEVAL_CZLIB_SHIM_H
#include <zlib.h>
#endif
