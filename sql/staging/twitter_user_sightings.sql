-- Every time an account's id appears together with its screen name in the owner's archives:
-- mentions and reply targets in any tweet (edited versions included), and the owner's own account.
-- Screen names change, so each sighting keeps its time.
with owned_tweets as (
    select tweets.*, archives.owner_key
    from raw.twitter_tweets as tweets
    inner join staging.archive_owners as archives using (archive_id)
),

mention_sightings as (
    select
        archives.owner_key,
        mentions.archive_id,
        twitter_id(mentions.user_id) as account_id,
        nullif(trim(mentions.screen_name), '') as screen_name,
        display_name(mentions.name) as display_name,
        tweets.created_at as seen_at,
        'mention' as source
    from raw.twitter_tweet_mentions as mentions
    inner join staging.archive_owners as archives using (archive_id)
    left join raw.twitter_tweets as tweets
        on tweets.archive_id = mentions.archive_id and tweets.tweet_id = mentions.tweet_id
),

reply_sightings as (
    select
        owner_key,
        archive_id,
        twitter_id(in_reply_to_user_id) as account_id,
        nullif(trim(in_reply_to_screen_name), '') as screen_name,
        null::varchar as display_name,
        created_at as seen_at,
        'reply' as source
    from owned_tweets
),

account_sightings as (
    select
        owner_key,
        archive_id,
        account_id,
        username as screen_name,
        display_name,
        exported_at as seen_at,
        'account' as source
    from staging.twitter_accounts
),

sightings as (
    select * from mention_sightings
    union all
    select * from reply_sightings
    union all
    select * from account_sightings
)

select distinct owner_key, archive_id, account_id, screen_name, display_name, seen_at, source
from sightings
where account_id is not null and screen_name is not null
