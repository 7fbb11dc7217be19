window.YTD.direct_message_group_headers.part0 = [
  {
    "dmConversation" : {
      "conversationId" : "1907863166778601681",
      "messages" : [
        {
          "messageCreate" : {
            "id" : "1989064652891089716",
            "senderId" : "221845903",
            "createdAt" : "2025-11-13T20:15:42.940Z"
          }
        },
        {
          "messageCreate" : {
            "id" : "1908489808693401472",
            "senderId" : "1288130546720768001",
            "createdAt" : "2025-04-05T12:00:03.075Z"
          }
        },
        {
          "messageCreate" : {
            "id" : "1908057577252559009",
            "senderId" : "61822044",
            "createdAt" : "2025-04-04T07:22:31.069Z"
          }
        },
        {
          "messageCreate" : {
            "id" : "1907865914151742326",
            "senderId" : "1326719481",
            "createdAt" : "2025-04-03T18:40:55.025Z"
          }
        },
        {
          "messageCreate" : {
            "id" : "1907863462844127991",
            "senderId" : "221845903",
            "createdAt" : "2025-04-03T18:31:10.588Z"
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