window.YTD.direct_messages_group.part0 = [
  {
    "dmConversation" : {
      "conversationId" : "1907863166778601681",
      "messages" : [
        {
          "participantsLeave" : {
            "userIds" : [
              "1288130546720768001"
            ],
            "createdAt" : "2026-01-20T08:00:00.530Z"
          }
        },
        {
          "messageCreate" : {
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "Spring edition? I have a venue.",
            "mediaUrls" : [ ],
            "senderId" : "1326719481",
            "id" : "2009566136374497550",
            "createdAt" : "2026-01-09T10:01:17.502Z",
            "editHistory" : [ ]
          }
        },
        {
          "messageCreate" : {
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "Thanks everyone, 120 people came!",
            "mediaUrls" : [ ],
            "senderId" : "221845903",
            "id" : "1989064652891089716",
            "createdAt" : "2025-11-13T20:15:42.940Z",
            "editHistory" : [ ]
          }
        },
        {
          "messageCreate" : {
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "Joining remotely from Hanoi 🙂",
            "mediaUrls" : [ ],
            "senderId" : "1288130546720768001",
            "id" : "1908489808693401472",
            "createdAt" : "2025-04-05T12:00:03.075Z",
            "editHistory" : [ ]
          }
        },
        {
          "messageCreate" : {
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "I can bring a notebook demo.",
            "mediaUrls" : [ ],
            "senderId" : "61822044",
            "id" : "1908057577252559009",
            "createdAt" : "2025-04-04T07:22:31.069Z",
            "editHistory" : [ ]
          }
        },
        {
          "messageCreate" : {
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "Count me in. I can host at Kvarn's office in Malmö if Stockholm is full.",
            "mediaUrls" : [ ],
            "senderId" : "1326719481",
            "id" : "1907865914151742326",
            "createdAt" : "2025-04-03T18:40:55.025Z",
            "editHistory" : [ ]
          }
        },
        {
          "messageCreate" : {
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "Welcome all! Planning the autumn meetup here.",
            "mediaUrls" : [ ],
            "senderId" : "221845903",
            "id" : "1907863462844127991",
            "createdAt" : "2025-04-03T18:31:10.588Z",
            "editHistory" : [ ]
          }
        },
        {
          "conversationNameUpdate" : {
            "initiatingUserId" : "221845903",
            "name" : "DuckDB Stockholm 🦆",
            "createdAt" : "2025-04-03T18:30:20.377Z"
          }
        },
        {
          "joinConversation" : {
            "initiatingUserId" : "221845903",
            "participantsSnapshot" : [
              "1326719481",
              "221845903",
              "61822044",
              "1288130546720768001"
            ],
            "createdAt" : "2025-04-03T18:30:00.211Z"
          }
        }
      ]
    }
  }
]