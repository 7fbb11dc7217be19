-- The names that stand for one profile: a person known only by name gets the slug of the one
-- connection, across all of the owner's archives, that carries that normalised name.
with named_connections as (
    select
        archives.owner_key,
        linkedin_name(connections.first_name, connections.last_name) as name_norm,
        linkedin_slug(connections.profile_url) as slug
    from raw.linkedin_connections as connections
    inner join staging.archive_owners as archives using (archive_id)
)

select owner_key, name_norm, min(slug) as slug
from named_connections
where name_norm is not null and slug is not null
group by owner_key, name_norm
-- Two connections with one name: the name cannot tell which of them is meant.
having count(distinct slug) = 1
