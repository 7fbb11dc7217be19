"""Prefect flows and the `recip` command.

Importing the package turns telemetry off for the whole process, before Prefect or Great
Expectations is imported by any flow: nothing leaves the machine, however the flows are started.
"""

from flows.settings import quiet_expected_rejections, turn_telemetry_off

turn_telemetry_off()
quiet_expected_rejections()
