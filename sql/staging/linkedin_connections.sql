-- The owner's connections, one row per archive and person: every archive is a snapshot, and the
-- latest snapshot is the owner's network today.
with connection_rows as (
    select
        archives.owner_key,
        archives.archive_id,
        archives.archive_order,
        archives.exported_at,
        connections.member,
        connections.locator,
        display_name(concat_ws(' ', trim(connections.first_name), trim(connections.last_name)))
            as full_name,
        linkedin_name(connections.first_name, connections.last_name) as name_norm,
        linkedin_slug(connections.profile_url) as slug,
        nullif(trim(connections.company), '') as company,
        nullif(trim(connections.position), '') as position,
        connections.connected_on
    from raw.linkedin_connections as connections
    inner join staging.archive_owners as archives using (archive_id)
),

keyed as (
    select
        connection_rows.*,
        -- Older Connections.csv files have no URL column: their people are known by name.
        coalesce(
            'linkedin:' || connection_rows.slug,
            'linkedin:' || resolved.slug,
            'linkedin:name:' || connection_rows.name_norm
        )
            as person_key
    from connection_rows
    left join staging.linkedin_name_slugs as resolved using (owner_key, name_norm)
),

snapshots as (
    -- An archive without a connections list (a partial or Basic upload of other files) says
    -- nothing about the network, so it is no snapshot.
    select owner_key, archive_id, archive_order
    from keyed
    group by all
),

latest_snapshots as (
    select owner_key, max(archive_order) as archive_order
    from snapshots
    group by owner_key
),

one_per_person as (
    select *
    from keyed
    -- All-empty rows of deleted members name nobody.
    where person_key is not null
    qualify row_number() over (
        partition by owner_key, archive_id, person_key order by connected_on desc nulls last, locator
    ) = 1
)

select
    people.owner_key,
    people.archive_id,
    people.archive_order,
    people.exported_at,
    latest.archive_order is not null as is_latest_snapshot,
    people.person_key,
    people.slug,
    people.name_norm,
    people.full_name,
    people.company,
    people.position,
    people.connected_on
from one_per_person as people
left join latest_snapshots as latest using (owner_key, archive_order)
