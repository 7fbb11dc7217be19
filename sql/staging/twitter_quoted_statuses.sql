-- Links in kept tweets to a status on twitter.com or x.com: the quoted tweet and its author's
-- screen name. http and www./mobile. links are accepted too: old tweets and copied links use them.
with url_rows as (
    select
        tweets.owner_key,
        tweets.archive_id,
        tweets.tweet_id,
        urls.position,
        trim(urls.expanded_url) as expanded_url
    from staging.twitter_tweets as tweets
    inner join raw.twitter_tweet_urls as urls
        on urls.archive_id = tweets.archive_id and trim(urls.tweet_id) = tweets.tweet_id
),

parsed as (
    select
        *,
        '(?i)^https?://(?:www\.|mobile\.)?(?:twitter|x)\.com/([a-z0-9_]+)/status(?:es)?/([0-9]+)'
            as status_pattern,
        nullif(regexp_extract(expanded_url, status_pattern, 1), '') as quoted_screen_name,
        nullif(regexp_extract(expanded_url, status_pattern, 2), '') as quoted_tweet_id
    from url_rows
)

select owner_key, archive_id, tweet_id, position, expanded_url, quoted_screen_name, quoted_tweet_id
from parsed
-- twitter.com/i/web/status/<id> links name no author.
where quoted_screen_name is not null and lower(quoted_screen_name) <> 'i'
qualify row_number() over (partition by owner_key, tweet_id, position order by expanded_url) = 1
