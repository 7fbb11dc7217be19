-- The person-key rules of the contract (section 3, "Person keys"), shared by the owner detection
-- and the staging models so that every file keys people the same way.
--
-- `nfkc_normalize` is a scalar function the warehouse module registers on each connection before
-- running this file: DuckDB only ships `nfc_normalize`, and the contract asks for NFKC (it folds
-- ligatures, full-width letters and non-breaking spaces that names pasted from elsewhere carry).

-- The slug of a LinkedIn profile URL: the path segment after `/in/`, with or without scheme or
-- `www.`, percent-decoded, lower-cased, never with a trailing slash; NULL when it is no profile URL.
create or replace macro linkedin_slug(url) as
    nullif(trim(lower(url_decode(regexp_extract(trim(url), '(?:^|/)in/([^/?#]+)', 1)))), '');

create or replace macro linkedin_url_key(url) as 'linkedin:' || linkedin_slug(url);

-- A name as people are matched by it: NFKC, lower-cased, white space collapsed and trimmed.
create or replace macro normalised_name(full_name) as
    nullif(trim(regexp_replace(lower(nfkc_normalize(full_name)), '[\s\pZ]+', ' ', 'g')), '');

-- First and last name joined by one space, then normalised.
create or replace macro linkedin_name(first_name, last_name) as
    normalised_name(concat_ws(' ', first_name, last_name));

create or replace macro linkedin_name_key(first_name, last_name) as
    'linkedin:name:' || linkedin_name(first_name, last_name);

-- The key of the other party of a LinkedIn row. In a file with a profile-URL column the URL
-- decides (no URL: nobody we can name); otherwise the normalised name, or the one connection slug
-- that carries that name (`resolved_slug`, looked up by the caller). `LinkedIn Member` is how the
-- export writes any hidden member: as a name it would merge strangers into one person.
create or replace macro linkedin_party_key(file_has_urls, url, resolved_slug, name_norm) as
    case
        when file_has_urls then linkedin_url_key(url)
        when name_norm = 'linkedin member' then null
        else coalesce('linkedin:' || resolved_slug, 'linkedin:name:' || name_norm)
    end;

-- A name as shown to people: as written, inner white space collapsed, trimmed.
create or replace macro display_name(full_name) as
    nullif(trim(regexp_replace(full_name, '[\s\pZ]+', ' ', 'g')), '');

-- `-1` is how Twitter writes the id of a deleted or suspended account: it names nobody.
create or replace macro twitter_id(account_id) as
    case when trim(account_id) in ('', '-1') then null else trim(account_id) end;

create or replace macro twitter_id_key(account_id) as 'twitter:' || twitter_id(account_id);

create or replace macro twitter_screen_name_key(screen_name) as
    'twitter:@' || nullif(lower(trim(screen_name)), '');
