// The C interface is header-only; SwiftPM needs one source file per C target.
#include "fleet_adapter.h"
