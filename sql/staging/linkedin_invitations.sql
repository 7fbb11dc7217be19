-- Invitations sent (OUTGOING, given) and received (INCOMING), one row per act. The person is the
-- other side: by profile URL when the file has URL columns (2024 on), else by name (the 2023 files
-- carry member URNs, which nothing else in the export can be joined to). Identity: direction,
-- person, sent at.
with invitation_rows as (
    select
        invitations.*,
        archives.owner_key,
        archives.archive_order,
        case upper(trim(invitations.direction))
            when 'OUTGOING' then 'given'
            when 'INCOMING' then 'received'
        end as act_direction,
        bool_or(
            nullif(trim(invitations.inviter_profile_url), '') is not null
            or nullif(trim(invitations.invitee_profile_url), '') is not null
        ) over (partition by invitations.archive_id, invitations.member) as file_has_urls
    from raw.linkedin_invitations as invitations
    inner join staging.archive_owners as archives using (archive_id)
),

other_side as (
    select
        *,
        case when act_direction = 'given' then to_name else from_name end as other_name,
        case
            when act_direction = 'given' then invitee_profile_url else inviter_profile_url
        end as other_url,
        normalised_name(other_name) as name_norm
    from invitation_rows
    where act_direction is not null
),

keyed as (
    select
        other_side.*,
        linkedin_party_key(file_has_urls, other_url, resolved.slug, other_side.name_norm)
            as person_key
    from other_side
    left join staging.linkedin_name_slugs as resolved using (owner_key, name_norm)
),

first_seen as (
    select *
    from keyed
    qualify row_number() over (
        partition by owner_key, act_direction, person_key, sent_at
        order by archive_order, member, locator
    ) = 1
)

select
    owner_key,
    archive_id,
    act_direction as direction,
    person_key,
    display_name(other_name) as person_name,
    sent_at,
    nullif(trim(message), '') as message
from first_seen
