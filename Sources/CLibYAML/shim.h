#ifndef COOPCHECK_CLIBYAML_SHIM_H
#define COOPCHECK_CLIBYAML_SHIM_H
#include <yaml.h>
#endif
