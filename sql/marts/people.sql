-- Everyone the warehouse knows by key: owners, the people of their acts and their LinkedIn
-- connections; how to show and find them, and whether they are part of an owner's network.
-- One row per person: someone in the network of several owners is one person.
with known as (
    select owner_key as person_key, platform from staging.archive_owners
    union
    select person_key, platform from marts.interactions where person_key is not null
    union
    select person_key, 'linkedin' as platform from staging.linkedin_connections
),

owners as (
    select distinct owner_key as person_key from staging.archive_owners
),

linkedin_network as (
    select distinct person_key from staging.linkedin_connections where is_latest_snapshot
),

twitter_network as (
    -- On Twitter the network is mutual follows.
    select distinct person_key
    from marts.reciprocity
    where platform = 'twitter' and kind = 'follow' and status = 'mutual'
),

twitter_owner_accounts as (
    -- The owner's own names come from the account of the latest archive.
    select owner_key as person_key, username, display_name
    from staging.twitter_accounts
    qualify row_number() over (partition by owner_key order by archive_order desc) = 1
),

twitter_screen_names as (
    -- Screen names change: the one of the newest tweet that names the account.
    select 'twitter:' || account_id as person_key, screen_name
    from staging.twitter_user_sightings
    where source in ('mention', 'reply')
    qualify row_number() over (
        partition by account_id order by seen_at desc nulls last, screen_name
    ) = 1
),

twitter_display_names as (
    select 'twitter:' || account_id as person_key, display_name
    from staging.twitter_user_sightings
    where source = 'mention' and display_name is not null
    qualify row_number() over (
        partition by account_id order by seen_at desc nulls last, display_name
    ) = 1
),

described as (
    select
        known.person_key,
        known.platform,
        case
            when known.person_key like 'linkedin:name:%' then null
            when known.platform = 'linkedin' then substr(known.person_key, length('linkedin:') + 1)
            when known.person_key like 'twitter:@%' then substr(known.person_key, length('twitter:@') + 1)
            else coalesce(twitter_owner_accounts.username, twitter_screen_names.screen_name)
        end as handle,
        coalesce(
            linkedin_names.display_name,
            twitter_owner_accounts.display_name,
            twitter_display_names.display_name
        ) as display_name,
        owners.person_key is not null as is_owner,
        coalesce(
            linkedin_network.person_key is not null or twitter_network.person_key is not null, false
        ) as is_connection
    from known
    left join owners using (person_key)
    left join linkedin_network using (person_key)
    left join twitter_network using (person_key)
    left join staging.linkedin_person_names as linkedin_names using (person_key)
    left join twitter_owner_accounts using (person_key)
    left join twitter_screen_names using (person_key)
    left join twitter_display_names using (person_key)
)

select
    person_key::varchar as person_key,
    platform::varchar as platform,
    handle::varchar as handle,
    display_name::varchar as display_name,
    case
        when platform = 'linkedin' and handle is not null
            then 'https://www.linkedin.com/in/' || handle
        when person_key like 'twitter:@%' then 'https://x.com/' || handle
        when platform = 'twitter'
            then 'https://twitter.com/intent/user?user_id=' || substr(person_key, length('twitter:') + 1)
    end::varchar as profile_url,
    is_owner,
    is_connection
from described
order by platform, person_key
