#ifndef FLEET_CLEARANCE_CRC32C_H
#define FLEET_CLEARANCE_CRC32C_H

#include <stddef.h>
#include <stdint.h>

/// CRC-32C (Castagnoli: reflected polynomial 0x82F63B78, initial value and
/// final XOR 0xFFFFFFFF) of `length` bytes. Uses the SSE4.2 crc32
/// instruction when the CPU has it, slicing-by-8 tables otherwise.
uint32_t fc_crc32c(const void *bytes, size_t length);

/// The same checksum, always through the tables: lets tests compare the
/// two paths on the machine that runs them.
uint32_t fc_crc32c_portable(const void *bytes, size_t length);

#endif
