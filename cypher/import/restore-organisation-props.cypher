MATCH (o {id: $id}) WHERE o:Authority OR o:UmbrellaOrganisation
SET o = $props
