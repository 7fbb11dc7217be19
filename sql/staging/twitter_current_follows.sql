-- The follows of each owner's latest snapshot, each credited to the archive where its current run
-- began: a follow that stopped and started again is a new act.
with runs as (
    select
        *,
        -- Consecutive snapshots of one follow share this number (gaps and islands).
        snapshot_order - row_number() over (
            partition by owner_key, direction, person_key order by snapshot_order
        ) as run_id
    from staging.twitter_follows
),

current_runs as (
    select owner_key, direction, person_key, run_id
    from runs
    where is_latest_snapshot
)

select
    runs.owner_key,
    runs.direction,
    runs.person_key,
    arg_min(runs.archive_id, runs.snapshot_order) as archive_id
from runs
inner join current_runs using (owner_key, direction, person_key, run_id)
group by all
