-- Recommendations given and received, one row per act. The files carry names only, so the person
-- is the name key, or the slug of the one connection with that name. Identity: direction,
-- person, creation date.
with recommendation_rows as (
    select 'given' as direction, * from raw.linkedin_recommendations_given
    union all by name
    select 'received' as direction, * from raw.linkedin_recommendations_received
),

located as (
    select
        recommendations.*,
        archives.owner_key,
        archives.archive_order,
        linkedin_name(recommendations.first_name, recommendations.last_name) as name_norm
    from recommendation_rows as recommendations
    inner join staging.archive_owners as archives using (archive_id)
),

keyed as (
    select
        located.*,
        linkedin_party_key(false, null, resolved.slug, located.name_norm) as person_key
    from located
    left join staging.linkedin_name_slugs as resolved using (owner_key, name_norm)
),

first_seen as (
    select *
    from keyed
    qualify row_number() over (
        partition by owner_key, direction, person_key, created_at
        order by archive_order, member, locator
    ) = 1
)

select
    owner_key,
    archive_id,
    direction,
    person_key,
    display_name(concat_ws(' ', trim(first_name), trim(last_name))) as person_name,
    nullif(trim(company), '') as company,
    nullif(trim(job_title), '') as job_title,
    created_at,
    nullif(trim(status), '') as status
from first_seen
