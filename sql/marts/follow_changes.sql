-- Who started or stopped following (either way) between consecutive follow snapshots of a Twitter
-- owner.
with snapshots as (
    select distinct owner_key, archive_id, exported_at, snapshot_order
    from staging.twitter_follows
),

consecutive as (
    select
        earlier.owner_key,
        earlier.archive_id as from_archive_id,
        earlier.exported_at as from_exported_at,
        later.archive_id as to_archive_id,
        later.exported_at as to_exported_at
    from snapshots as earlier
    inner join snapshots as later
        on later.owner_key = earlier.owner_key
        and later.snapshot_order = earlier.snapshot_order + 1
),

started as (
    select pairs.*, follows.direction, follows.person_key, 'started' as change
    from consecutive as pairs
    inner join staging.twitter_follows as follows
        on follows.archive_id = pairs.to_archive_id and follows.owner_key = pairs.owner_key
    where not exists (
        select 1
        from staging.twitter_follows as before
        where before.archive_id = pairs.from_archive_id
            and before.owner_key = pairs.owner_key
            and before.direction = follows.direction
            and before.person_key = follows.person_key
    )
),

stopped as (
    select pairs.*, follows.direction, follows.person_key, 'stopped' as change
    from consecutive as pairs
    inner join staging.twitter_follows as follows
        on follows.archive_id = pairs.from_archive_id and follows.owner_key = pairs.owner_key
    where not exists (
        select 1
        from staging.twitter_follows as after
        where after.archive_id = pairs.to_archive_id
            and after.owner_key = pairs.owner_key
            and after.direction = follows.direction
            and after.person_key = follows.person_key
    )
),

changes as (
    select * from started
    union all
    select * from stopped
)

select
    owner_key,
    person_key,
    direction,
    change,
    from_exported_at,
    to_exported_at,
    from_archive_id,
    to_archive_id
from changes
order by owner_key, to_exported_at, direction, change, person_key
