// CRC-32C for journal and snapshot records. Recovery checks every byte of
// the data dir, so the checksum must run at memory speed: the SSE4.2 crc32
// instruction does 8 bytes per step; the portable tables handle other CPUs.
#include "crc32c.h"

#include <string.h>

#if defined(__x86_64__)
#include <cpuid.h>
#include <nmmintrin.h>
#endif

static uint32_t tables[8][256];
static int use_hardware;

// Runs when the library is loaded, before any thread can call in.
__attribute__((constructor)) static void crc32c_setup(void) {
  for (uint32_t index = 0; index < 256; index++) {
    uint32_t crc = index;
    for (int bit = 0; bit < 8; bit++) crc = (crc & 1) ? (crc >> 1) ^ 0x82F63B78u : crc >> 1;
    tables[0][index] = crc;
  }
  for (uint32_t index = 0; index < 256; index++) {
    for (int slice = 1; slice < 8; slice++) {
      uint32_t previous = tables[slice - 1][index];
      tables[slice][index] = (previous >> 8) ^ tables[0][previous & 0xFF];
    }
  }
#if defined(__x86_64__)
  unsigned int eax, ebx, ecx, edx;
  if (__get_cpuid(1, &eax, &ebx, &ecx, &edx)) use_hardware = (ecx & bit_SSE4_2) != 0;
#endif
}

static uint32_t crc32c_tables(uint32_t crc, const uint8_t *bytes, size_t length) {
  while (length >= 8) {
    // Byte by byte into the two words, so that the result does not depend on endianness.
    uint32_t low = crc ^ ((uint32_t)bytes[0] | (uint32_t)bytes[1] << 8 | (uint32_t)bytes[2] << 16 |
                          (uint32_t)bytes[3] << 24);
    uint32_t high = (uint32_t)bytes[4] | (uint32_t)bytes[5] << 8 | (uint32_t)bytes[6] << 16 |
                    (uint32_t)bytes[7] << 24;
    crc = tables[7][low & 0xFF] ^ tables[6][(low >> 8) & 0xFF] ^ tables[5][(low >> 16) & 0xFF] ^
          tables[4][low >> 24] ^ tables[3][high & 0xFF] ^ tables[2][(high >> 8) & 0xFF] ^
          tables[1][(high >> 16) & 0xFF] ^ tables[0][high >> 24];
    bytes += 8;
    length -= 8;
  }
  while (length--) crc = tables[0][(crc ^ *bytes++) & 0xFF] ^ (crc >> 8);
  return crc;
}

#if defined(__x86_64__)
__attribute__((target("sse4.2"))) static uint32_t crc32c_sse42(uint32_t crc, const uint8_t *bytes,
                                                                size_t length) {
  uint64_t state = crc;
  while (length >= 8) {
    uint64_t word;
    memcpy(&word, bytes, 8);
    state = _mm_crc32_u64(state, word);
    bytes += 8;
    length -= 8;
  }
  uint32_t small = (uint32_t)state;
  while (length--) small = _mm_crc32_u8(small, *bytes++);
  return small;
}
#endif

uint32_t fc_crc32c(const void *bytes, size_t length) {
#if defined(__x86_64__)
  if (use_hardware) return crc32c_sse42(0xFFFFFFFFu, bytes, length) ^ 0xFFFFFFFFu;
#endif
  return crc32c_tables(0xFFFFFFFFu, bytes, length) ^ 0xFFFFFFFFu;
}

uint32_t fc_crc32c_portable(const void *bytes, size_t length) {
  return crc32c_tables(0xFFFFFFFFu, bytes, length) ^ 0xFFFFFFFFu;
}
