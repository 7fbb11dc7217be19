-- The owner's own name and headline as each archive's Profile.csv gives them.
with profile_rows as (
    select
        archives.owner_key,
        archives.archive_id,
        archives.archive_order,
        archives.exported_at,
        display_name(concat_ws(' ', trim(profile.first_name), trim(profile.last_name))) as full_name,
        nullif(trim(profile.headline), '') as headline,
        profile.locator
    from raw.linkedin_profile as profile
    inner join staging.archive_owners as archives using (archive_id)
)

select owner_key, archive_id, archive_order, exported_at, full_name, headline
from profile_rows
where full_name is not null
qualify row_number() over (partition by archive_id order by locator) = 1
