# Tabulates the output of `bench/compare.sh typed`: one line per JVM with the in-JVM ratios, then medians.
#   awk -f bench/typed-compare.awk RESULTS.txt
  /^# rotate=/ { if (n) emit(); n = 0; first = ""; delete t; next }
  /impl=/ {
    for (i = 1; i <= NF; i++) { split($i, kv, "="); f[kv[1]] = kv[2] }
    if (first == "") first = f["impl"]; t[f["impl"]] = f["cpuSeconds"]; cell = f["stream"] " " f["chunking"]; n++
  }
  function r(a, b) { return (a in t && b in t) ? sprintf("%.2f", t[b] / t[a]) : "" }
  function emit(  line) {
    if ("typed" in t) {
      line = sprintf("%-16s first=%-15s typed/lowLevel=%s typed/typedBefore=%s lowLevel/lowLevelBefore=%s",
          cell, first, r("typed", "lowLevel"), r("typed", "typedBefore"), r("lowLevel", "lowLevelBefore"))
      k = cell; R[k, "a", ++N[k]] = r("typed", "lowLevel"); R[k, "b", N[k]] = r("typed", "typedBefore"); R[k, "c", N[k]] = r("lowLevel", "lowLevelBefore")
    } else {
      line = sprintf("%-16s first=%-15s encodeTyped/encodePrimitives=%s encodeTyped/encodeTypedBefore=%s",
          cell, first, r("encodeTyped", "encodePrimitives"), r("encodeTyped", "encodeTypedBefore"))
      k = cell; R[k, "a", ++N[k]] = r("encodeTyped", "encodePrimitives"); R[k, "b", N[k]] = r("encodeTyped", "encodeTypedBefore"); R[k, "c", N[k]] = ""
    }
    print line; if (!(k in seen)) { seen[k] = 1; order[++K] = k }
  }
  function median(k, c,   i, j, m, x, v) {
    m = N[k]
    for (i = 1; i <= m; i++) {  # insertion sort (mawk has no asort)
      x = R[k, c, i] + 0
      for (j = i - 1; j >= 1 && v[j] > x; j--) v[j + 1] = v[j]
      v[j + 1] = x
    }
    return m % 2 ? v[(m + 1) / 2] : (v[m / 2] + v[m / 2 + 1]) / 2
  }
  END {
    if (n) emit()
    print "# medians over the JVMs of each cell (ratio of throughputs; above 1: the first named is faster)"
    for (i = 1; i <= K; i++) {
      k = order[i]
      if (R[k, "c", 1] != "") printf "%-16s typed/lowLevel=%.2f typed/typedBefore=%.2f lowLevel/lowLevelBefore=%.2f (%d JVMs)\n", k, median(k, "a"), median(k, "b"), median(k, "c"), N[k]
      else printf "%-16s encodeTyped/encodePrimitives=%.2f encodeTyped/encodeTypedBefore=%.2f (%d JVMs)\n", k, median(k, "a"), median(k, "b"), N[k]
    }
  }
