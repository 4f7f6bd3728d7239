/*
 * A minimal HotSpot disassembler plugin (hsdis) on top of Capstone, so that JMH's
 * `-prof perfasm` and `-XX:+PrintAssembly` show instructions instead of hex. Debian's
 * libhsdis0-fcml exports only the old `decode_instructions` entry point, which JDK 17 no longer
 * calls. Not part of the build; see docs/performance.md ("Profiling").
 *
 *   apt-get install -y libcapstone-dev gcc linux-perf
 *   gcc -O2 -shared -fPIC -o hsdis-amd64.so bench/profiling/hsdis-capstone.c -lcapstone
 *   cp hsdis-amd64.so "$(dirname "$(readlink -f "$(command -v java)")")/../lib/server/"
 */
#include <stdint.h>
#include <stddef.h>
#include <capstone/capstone.h>

void *decode_instructions_virtual(uintptr_t start_va, uintptr_t end_va, unsigned char *buffer, uintptr_t length,
                                  void *(*event_callback)(void *, const char *, void *), void *event_stream,
                                  int (*printf_callback)(void *, const char *, ...), void *printf_stream,
                                  const char *options, int newline) {
  (void) start_va;
  (void) end_va;
  (void) options;
  csh handle;
  if (cs_open(CS_ARCH_X86, CS_MODE_64, &handle) != CS_ERR_OK) {
    return NULL;
  }
  cs_insn *insn;
  size_t count = cs_disasm(handle, buffer, length, (uintptr_t) buffer, 0, &insn);
  for (size_t i = 0; i < count; i++) {
    event_callback(event_stream, "insn", (void *) (uintptr_t) insn[i].address);
    printf_callback(printf_stream, "%s\t%s", insn[i].mnemonic, insn[i].op_str);
    event_callback(event_stream, "/insn", (void *) (uintptr_t) (insn[i].address + insn[i].size));
    if (newline) {
      printf_callback(printf_stream, "\n");
    }
  }
  if (count > 0) {
    cs_free(insn, count);
  }
  cs_close(&handle);
  return NULL;
}
