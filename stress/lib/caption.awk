# stress/lib/caption.awk - a caption for a timeline picture, from the CSV of
# the same run's -X lockstats: what each worker thread spent its time on,
# and the GIL's hand-overs where there is a GIL.
#   awk -F, -f stress/lib/caption.awk FILE.csv
function ms(ns) { return ns >= 1e9 ? sprintf("%.2f s", ns / 1e9) : ns >= 1e6 ? sprintf("%.1f ms", ns / 1e6) : ns >= 1e3 ? sprintf("%.0f us", ns / 1e3) : sprintf("%d ns", ns) }
function pct(a, b) { return b > 0 ? sprintf("%.0f%%", 100 * a / b) : "-" }
NR == 1 { next }
$1 == "thread" && $2 != "main" {
  if (!($2 in seen)) { seen[$2] = 1; order[++n] = $2 }
  if ($4 == "ran") ran[$2] = $14 + 0
  else { w[$2, $4] = $8 + 0; c[$2, $4] = $6 + 0 }
}
$1 == "gil" { gil[$4] = $14 + 0; hasgil = 1 }
END {
  for (i = 1; i <= n; i++) {
    t = order[i]; r = ran[t]
    line = "- " t ": ran " ms(r)
    if (w[t, "GIL"] > 0) line = line "; waited for the GIL " pct(w[t, "GIL"], r) " (" c[t, "GIL"] " times)"
    if (w[t, "object locks"] > 0) line = line "; for object locks " pct(w[t, "object locks"], r)
    if (w[t, "threading locks"] > 0) line = line "; for threading locks " pct(w[t, "threading locks"], r)
    if (w[t, "blocking calls"] > 0) line = line "; blocked in calls " pct(w[t, "blocking calls"], r) " (" c[t, "blocking calls"] " calls)"
    if (w[t, "GIL"] + w[t, "object locks"] + w[t, "threading locks"] + w[t, "blocking calls"] == 0) line = line "; never waited"
    print line "."
  }
  if (hasgil)
    print "- the GIL: " gil["acquisitions"] " acquisitions (" gil["acquisitions_waited"] " waited), " gil["handovers"] " hand-overs, " \
          gil["drop_requests"] " drop requests, " gil["forced_switches"] " forced switches; median hold <= " ms(gil["hold_p50_ns"]) ", longest " ms(gil["hold_max_ns"]) "."
}
