// CZstd: the system zstd library (Debian's libzstd-dev), for the compressed parts of newer Anki packages.
#ifndef QUIZ_CZSTD_SHIM_H
#define QUIZ_CZSTD_SHIM_H

#include <zstd.h>

#endif
