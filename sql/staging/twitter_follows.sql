-- Follow lists as snapshots: who the owner follows (`given`) and who follows the owner
-- (`received`) in each archive that carries follow lists, numbered from the oldest.
with follow_rows as (
    select archive_id, 'given' as direction, account_id from raw.twitter_following
    union all
    select archive_id, 'received' as direction, account_id from raw.twitter_followers
),

owned as (
    select
        archives.owner_key,
        archives.owner_account_id,
        archives.archive_id,
        archives.archive_order,
        archives.exported_at,
        follows.direction,
        twitter_id(follows.account_id) as account_id
    from follow_rows as follows
    inner join staging.archive_owners as archives using (archive_id)
),

snapshots as (
    -- G0 archives (and partial uploads) carry no follow lists at all: they say nothing about who
    -- follows whom, so only archives with a follow list are snapshots.
    select
        owner_key,
        archive_id,
        exported_at,
        row_number() over (partition by owner_key order by archive_order) as snapshot_order,
        count(*) over (partition by owner_key) as owner_snapshots
    from (select distinct owner_key, archive_id, archive_order, exported_at from owned)
)

select distinct
    owned.owner_key,
    owned.archive_id,
    snapshots.exported_at,
    snapshots.snapshot_order,
    snapshots.snapshot_order = snapshots.owner_snapshots as is_latest_snapshot,
    owned.direction,
    owned.account_id,
    twitter_id_key(owned.account_id) as person_key
from owned
inner join snapshots using (owner_key, archive_id)
where owned.account_id is not null and owned.account_id is distinct from owned.owner_account_id
