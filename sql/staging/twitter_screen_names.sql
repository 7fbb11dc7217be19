-- Which account a screen name stands for, per owner: the id it appears with in mentions or reply
-- targets of the owner's tweets. A screen name seen with several ids (renamed or reused
-- accounts) stands for the id of its newest sighting.
with tweet_sightings as (
    select owner_key, lower(screen_name) as screen_name_lower, account_id, seen_at
    from staging.twitter_user_sightings
    where source in ('mention', 'reply')
)

select owner_key, screen_name_lower, account_id
from tweet_sightings
qualify row_number() over (
    partition by owner_key, screen_name_lower order by seen_at desc nulls last, account_id
) = 1
