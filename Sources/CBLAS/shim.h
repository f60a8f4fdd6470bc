// The one C header ticeval uses: CBLAS from OpenBLAS (Linux) or Accelerate (Apple).
#ifndef TICEVAL_CBLAS_SHIM_H
#define TICEVAL_CBLAS_SHIM_H
#if defined(__APPLE__)
#define ACCELERATE_NEW_LAPACK 1
#include <Accelerate/Accelerate.h>
#else
#include <cblas.h>
// OpenBLAS extensions (declared in OpenBLAS's cblas.h; repeated here for older headers).
char *openblas_get_corename(void);
char *openblas_get_config(void);
int openblas_get_num_threads(void);
void openblas_set_num_threads(int num_threads);
#endif
#endif
