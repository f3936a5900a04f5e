CALL () { MATCH (o:Authority {id: $id}) RETURN o UNION MATCH (o:UmbrellaOrganisation {id: $id}) RETURN o }
SET o = $props
