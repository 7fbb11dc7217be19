-- Endorsements given and received, one row per act however many archives carry it. Identity:
-- direction, person, skill (case-insensitive) and date.
with endorsement_rows as (
    select 'given' as direction, * from raw.linkedin_endorsements_given
    union all by name
    select 'received' as direction, * from raw.linkedin_endorsements_received
),

located as (
    select
        endorsements.*,
        archives.owner_key,
        archives.archive_order,
        linkedin_name(endorsements.first_name, endorsements.last_name) as name_norm,
        -- Whether this file has a profile-URL column (2023 on): then a row without a URL names
        -- nobody we could tell apart from a namesake.
        bool_or(nullif(trim(endorsements.profile_url), '') is not null)
            over (partition by endorsements.archive_id, endorsements.member) as file_has_urls
    from endorsement_rows as endorsements
    inner join staging.archive_owners as archives using (archive_id)
),

keyed as (
    select
        located.*,
        linkedin_party_key(file_has_urls, profile_url, resolved.slug, located.name_norm)
            as person_key
    from located
    left join staging.linkedin_name_slugs as resolved using (owner_key, name_norm)
),

first_seen as (
    select *
    from keyed
    qualify row_number() over (
        partition by owner_key, direction, person_key, lower(trim(skill_name)), endorsed_at
        order by archive_order, member, locator
    ) = 1
)

select
    owner_key,
    archive_id,
    direction,
    person_key,
    display_name(concat_ws(' ', trim(first_name), trim(last_name))) as person_name,
    trim(skill_name) as skill_name,
    endorsed_at,
    nullif(trim(status), '') as status
from first_seen
