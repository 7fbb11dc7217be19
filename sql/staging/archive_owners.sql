-- One row per loaded archive whose owner is known, numbered within its owner from the oldest
-- export: the first archive that carries an act is the one it is credited to, and the latest
-- archive holds the current state (follows, connections).
with known_archives as (
    select archive_id, platform, owner_key, exported_at, imported_at
    from meta.archives
    -- Without an owner nobody can say who gave or received the acts of an archive.
    where owner_key is not null
),

ordered as (
    select
        *,
        -- An archive without any date is taken as the oldest: it cannot claim to be newer.
        row_number() over (
            partition by owner_key
            order by exported_at asc nulls first, imported_at asc nulls first, archive_id
        ) as archive_order,
        count(*) over (partition by owner_key) as owner_archives
    from known_archives
)

select
    archive_id,
    platform,
    owner_key,
    exported_at,
    imported_at,
    archive_order,
    archive_order = owner_archives as is_latest,
    case
        when platform = 'linkedin' and owner_key not like 'linkedin:name:%'
            then substr(owner_key, length('linkedin:') + 1)
    end as owner_slug,
    case
        when platform = 'twitter' then nullif(regexp_extract(owner_key, '^twitter:([0-9]+)$', 1), '')
    end as owner_account_id
from ordered
