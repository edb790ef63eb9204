# stress/lib/explain.awk - one workload's "why" for REPORT.md, from the CSV
# of a -X lockstats run (stress/scaling.sh runs it for every workload that
# does not scale).  Prints markdown: the top three contended sites and a
# verdict sentence built from them.
#   awk -F, -f stress/lib/explain.awk -v W=workload -v B=build -v T=threads \
#       -v SP=speedup -v SECS=seconds_of_the_run -v CSV=path  FILE.csv
# Columns: section,file,line,operation,type,acquisitions,contended,
#          total_wait_ns,mean_wait_ns,max_wait_ns,spins,sleeps,threads,value
function base(f,   n, p) { n = split(f, p, "/"); return p[n] }
function ms(ns) { return ns >= 1e9 ? sprintf("%.2f s", ns / 1e9) : ns >= 1e6 ? sprintf("%.1f ms", ns / 1e6) : ns >= 1e3 ? sprintf("%.1f us", ns / 1e3) : sprintf("%d ns", ns) }
function pct(x) { return sprintf("%.0f%%", x * 100) }
function count(n,   s, r) { s = sprintf("%d", n); r = ""; while (length(s) > 3) { r = "," substr(s, length(s) - 2) r; s = substr(s, 1, length(s) - 3) } return s r }
NR == 1 { next }
$1 == "contended" { nc++; cfile[nc] = $2; cline[nc] = $3; cop[nc] = $4; ctype[nc] = $5; cacq[nc] = $6
  ccont[nc] = $7 + 0; cwait[nc] = $8 + 0; cmean[nc] = $9 + 0; cspins[nc] = $11 + 0; csleeps[nc] = $12 + 0 }
$1 == "global" { ng++; gfile[ng] = $2; gline[ng] = $3; gop[ng] = $4; gtype[ng] = $5; gloads[ng] = $6 + 0; gthreads[ng] = $13 + 0 }
$1 == "thread" && $4 == "ran" && $2 != "main" { worker_ns += $14 }
$1 == "thread" && $2 != "main" && $4 != "ran" { waited[$4] += $8 }
$1 == "gil" { gil[$4] = $14 + 0 }
END {
  # contended sites by total wait (insertion sort: a few dozen rows)
  for (i = 1; i <= nc; i++) ord[i] = i
  for (i = 2; i <= nc; i++) { x = ord[i]; for (j = i - 1; j >= 1 && cwait[ord[j]] < cwait[x]; j--) ord[j + 1] = ord[j]; ord[j + 1] = x }
  best = 0; for (i = 1; i <= ng; i++) if (gthreads[i] > 1 && (!best || gloads[i] > gloads[best])) best = i
  gname = ""; if (best) { gname = gop[best]; sub(/^[A-Z_]+ /, "", gname) }
  print "### " W " on " B " (T=" T ": " SP "x)"
  print ""
  if (worker_ns <= 0) worker_ns = 1
  shown = 0
  for (k = 1; k <= nc && shown < 3; k++) {
    i = ord[k]; if (ccont[i] == 0) continue
    if (!shown) { print "| # | site | operation | type | contended | total wait | of the threads' time | mean | spins | sleeps |"; print "|---:|---|---|---|---:|---:|---:|---:|---:|---:|" }
    shown++
    print "| " shown " | " base(cfile[i]) ":" cline[i] " | " cop[i] " | " ctype[i] " | " count(ccont[i]) (cacq[i] != "" ? " of " count(cacq[i]) : "") " | " ms(cwait[i]) " | " pct(cwait[i] / worker_ns) " | " ms(cmean[i]) " | " count(cspins[i]) " | " count(csleeps[i]) " |"
  }
  if (!shown) print "No contended site."
  if (best) {
    print ""
    print "Shared global most loaded by several threads: `" gname "` (" gtype[best] ", `" gop[best] "` at " base(gfile[best]) ":" gline[best] "), " count(gloads[best]) " loads by " gthreads[best] " threads."
  }
  print ""
  # the verdict, from the top site
  t = shown ? ord[1] : 0
  for (k = 1; k <= nc; k++) if (ccont[ord[k]] > 0) { t = ord[k]; break }
  share = t ? cwait[t] / worker_ns : 0
  where = t ? base(cfile[t]) ":" cline[t] : ""
  if (t && share >= 0.05) {
    if (cop[t] ~ /^the GIL/)
      v = "the GIL: the worker threads spent " pct(waited["GIL"] / worker_ns) " of their time waiting for it (most of it at " where ", " ms(cmean[t]) " per wait), so only one of them runs at a time" \
          (gil["drop_requests"] ? "; " count(gil["drop_requests"]) " drop requests forced " count(gil["forced_switches"]) " switches" : "") "."
    else if (cop[t] ~ /^threading\.R?Lock\.acquire/)
      v = "one threading lock at " where ": " count(ccont[t]) " of " count(cacq[t]) " acquisitions found it held and slept in the kernel for " ms(cmean[t]) " on average (" pct(share) " of the threads' time); the lock is handed over by a wake-up, not passed on a running core."
    else if (ctype[t] ~ /module globals/) {
      nm = cop[t]; sub(/^[A-Z_]+ /, "", nm)
      v = "every `" cop[t] "` takes the lock of the module's globals dict, because `" nm "` is not immortal and the lock-free read serves only immortal values: " count(ccont[t]) " contended acquisitions cost " pct(share) " of the threads' time (" count(cspins[t]) " spins, " count(csleeps[t]) " sleeps)" \
          (best ? ", and each of the " count(gloads[best]) " loads writes the refcount of `" gname "` from " gthreads[best] " threads" : "") "."
    } else
      v = "the lock of one " ctype[t] " at " where " (`" cop[t] "`): " count(ccont[t]) " contended acquisitions cost " pct(share) " of the threads' time (" count(cspins[t]) " spins, " count(csleeps[t]) " sleeps): every operation moves the lock's cache line between the cores."
  } else {
    tot = 0; for (k in waited) tot += waited[k]
    v = "no lock explains it: the worker threads waited " ms(tot) " in all (" pct(tot / worker_ns) " of their time), so the time is lost inside the instructions, on cache lines the threads share without a lock" \
        (best ? ", such as the refcount of `" gname "` (" gtype[best] "), written by each of its " count(gloads[best]) " loads" : ", such as the refcount of an object every thread uses (one held in locals or arguments does not appear in the table of shared globals)") "."
  }
  print "**Verdict:** " v
  print ""
  print "([lock statistics](" CSV "))"
  print ""
}
