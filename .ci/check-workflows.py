#!/usr/bin/env python3
"""Check .github/ for syntax (a YAML parser) and keep the GitHub workflow in step with .ci/run.

    /usr/bin/python3 .ci/check-workflows.py

Fails (exit 1, one line per problem) unless:
  - every file in .github/workflows/ and .github/dependabot.yml parses as YAML;
  - ci.yml runs `bash .ci/run` in containers of Debian 12 and Debian 13, on JDK 17, 21 and 25,
    within CI's 90 minutes, on push and on pull requests;
  - it installs what .ci/run calls and does not install itself (Maven, git, python3);
  - every script .ci/run runs (`bash some/path`) exists;
  - dependabot.yml covers Maven at the root and in examples/consumer, and the GitHub Actions.
"""
import pathlib
import re
import sys

import yaml

ROOT = pathlib.Path(__file__).resolve().parent.parent
problems = []


def load(path):
    try:
        with open(path, encoding="utf-8") as f:
            return yaml.safe_load(f)
    except (OSError, yaml.YAMLError) as e:
        problems.append(f"{path.relative_to(ROOT)}: {e}")
        return None


workflows = sorted((ROOT / ".github" / "workflows").glob("*.y*ml"))
if not workflows:
    problems.append(".github/workflows: no workflow")
docs = {p.name: load(p) for p in workflows}
ci = docs.get("ci.yml")
ci_run = (ROOT / ".ci" / "run").read_text(encoding="utf-8")

if ci is not None:
    # PyYAML reads the bare key `on` as the boolean True.
    triggers = ci.get("on", ci.get(True)) or {}
    for event in ("push", "pull_request"):
        if event not in triggers:
            problems.append(f"ci.yml: not run on {event}")
    jobs = ci.get("jobs") or {}
    runs_ci = False
    for name, job in jobs.items():
        steps = job.get("steps") or []
        if not any("bash .ci/run" in str(s.get("run", "")) for s in steps):
            continue
        runs_ci = True
        matrix = (job.get("strategy") or {}).get("matrix") or {}
        images = {str(i) for i in matrix.get("image", [])}
        javas = {str(j) for j in matrix.get("java", [])}
        for want in ("debian:12", "debian:13"):
            if want not in images:
                problems.append(f"ci.yml job {name}: no {want} container in the matrix")
        for want in ("17", "21", "25"):
            if want not in javas:
                problems.append(f"ci.yml job {name}: no JDK {want} in the matrix")
        if "matrix.image" not in str(job.get("container", "")):
            problems.append(f"ci.yml job {name}: does not run in the matrix's container")
        if not any("setup-java" in str(s.get("uses", "")) and "matrix.java" in str(s.get("with", ""))
                   for s in steps):
            problems.append(f"ci.yml job {name}: no actions/setup-java with the matrix's JDK")
        timeout = job.get("timeout-minutes")
        if not isinstance(timeout, int) or timeout > 90:
            problems.append(f"ci.yml job {name}: timeout-minutes {timeout!r}, want at most 90 (CI's budget)")
        installs = " ".join(str(s.get("run", "")) for s in steps)
        needed = {"mvn ": "maven", "git ": "git", "python3": "python3"}
        for call, package in needed.items():
            if call in ci_run and not re.search(r"apt-get install[^\n]*\b" + re.escape(package) + r"\b", installs):
                problems.append(f"ci.yml job {name}: .ci/run calls {call.strip()!r}, the job does not install {package}")
    if not runs_ci:
        problems.append("ci.yml: no job runs `bash .ci/run`")

for script in re.findall(r"^\s*bash\s+(\S+)", ci_run, re.M):
    if not (ROOT / script).is_file():
        problems.append(f".ci/run runs {script}, which does not exist")

dependabot = load(ROOT / ".github" / "dependabot.yml")
if dependabot is not None:
    covered = {(u.get("package-ecosystem"), u.get("directory")) for u in dependabot.get("updates", [])}
    for want in (("maven", "/"), ("maven", "/examples/consumer"), ("github-actions", "/")):
        if want not in covered:
            problems.append(f"dependabot.yml: no updates for {want[0]} in {want[1]}")

for p in problems:
    print("check-workflows:", p, file=sys.stderr)
if problems:
    sys.exit(1)
print(f"check-workflows: ok ({len(workflows)} workflow(s), dependabot.yml, in step with .ci/run)")
