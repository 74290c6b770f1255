// A hint that memory is about to be read, for look-ups whose addresses are known a few steps
// ahead (hash-table probes of words still to come): the processor fetches the line while it
// works on the words before, instead of stalling on each miss in turn. Clang's
// __builtin_prefetch, which Swift cannot call directly; it changes no result, only timing.
#ifndef QUOTEDRIFT_PREFETCH_H
#define QUOTEDRIFT_PREFETCH_H

static inline void quotedrift_prefetch(const void *address) {
  __builtin_prefetch(address, 0, 3);
}

#endif
