window.YTD.note_tweet.part0 = [
  {
    "noteTweet" : {
      "noteTweetId" : "2024178350122696082",
      "updatedAt" : "2026-02-18T17:45:00.000Z",
      "lifecycle" : {
        "value" : "1",
        "name" : "Active",
        "originalName" : "Active",
        "annotations" : { }
      },
      "createdAt" : "2026-02-18T17:45:00.000Z",
      "core" : {
        "styletags" : [ ],
        "urls" : [ ],
        "text" : "We replaced a 14-step nightly ETL with three SQL models and one DuckDB file. What changed for the team, three months in:\n\n- Onboarding went from two weeks to two days: the whole warehouse fits on a laptop.\n- Tests run in 9 seconds, so people actually run them.\n- We lost the fancy lineage UI, and nobody has missed it yet.\n- Costs went down > 80%, which paid for the team offsite.\n\nNot every company can do this. But far more can than think they can. #DuckDB",
        "mentions" : [ ],
        "cashtags" : [ ],
        "hashtags" : [
          {
            "text" : "DuckDB",
            "fromIndex" : "451",
            "toIndex" : "458"
          }
        ]
      }
    }
  },
  {
    "noteTweet" : {
      "noteTweetId" : "1902325430423946924",
      "updatedAt" : "2025-03-19T11:45:00.000Z",
      "lifecycle" : {
        "value" : "1",
        "name" : "Active",
        "originalName" : "Active",
        "annotations" : { }
      },
      "createdAt" : "2025-03-19T11:45:00.000Z",
      "core" : {
        "styletags" : [ ],
        "urls" : [ ],
        "text" : "Six things I wish someone had told me before my first on-call week as a data engineer:\n\n1. The pipeline that pages you is rarely the one that is broken. Look upstream first.\n2. Write the runbook while you fix it, not after. After never comes.\n3. A backfill is a deploy. Review it like one.\n4. \"It worked yesterday\" is data, not an excuse: diff yesterday's inputs.\n5. Silence alerts you never act on & keep the ones you do.\n6. Sleep. Nobody debugs Kafka offsets well at 4am.\n\nWhat would you add? #dataengineering #oncall",
        "mentions" : [ ],
        "cashtags" : [ ],
        "hashtags" : [
          {
            "text" : "dataengineering",
            "fromIndex" : "495",
            "toIndex" : "511"
          },
          {
            "text" : "oncall",
            "fromIndex" : "512",
            "toIndex" : "519"
          }
        ]
      }
    }
  }
]